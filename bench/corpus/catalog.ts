import type { Language } from './phrasebook/index.ts';

// Hand-written lists the reference data lacks: commodities, laws and events (with their names in the four
// languages), and the parts synthetic news outlets are named from.

type Names = Record<Language, string>;

export const commodities: Names[] = [
  { en: 'lithium', es: 'litio', pt: 'lítio', fr: 'lithium' },
  { en: 'copper', es: 'cobre', pt: 'cobre', fr: 'cuivre' },
  { en: 'crude oil', es: 'petróleo crudo', pt: 'petróleo bruto', fr: 'pétrole brut' },
  { en: 'natural gas', es: 'gas natural', pt: 'gás natural', fr: 'gaz naturel' },
  { en: 'soybeans', es: 'soja', pt: 'soja', fr: 'soja' },
  { en: 'wheat', es: 'trigo', pt: 'trigo', fr: 'blé' },
  { en: 'maize', es: 'maíz', pt: 'milho', fr: 'maïs' },
  { en: 'gold', es: 'oro', pt: 'ouro', fr: 'or' },
  { en: 'silver', es: 'plata', pt: 'prata', fr: 'argent' },
  { en: 'iron ore', es: 'mineral de hierro', pt: 'minério de ferro', fr: 'minerai de fer' },
  { en: 'coal', es: 'carbón', pt: 'carvão', fr: 'charbon' },
  { en: 'coffee', es: 'café', pt: 'café', fr: 'café' },
  { en: 'cocoa', es: 'cacao', pt: 'cacau', fr: 'cacao' },
  { en: 'sugar', es: 'azúcar', pt: 'açúcar', fr: 'sucre' },
  { en: 'fishmeal', es: 'harina de pescado', pt: 'farinha de peixe', fr: 'farine de poisson' },
  { en: 'nickel', es: 'níquel', pt: 'níquel', fr: 'nickel' },
  { en: 'cobalt', es: 'cobalto', pt: 'cobalto', fr: 'cobalt' },
  { en: 'zinc', es: 'zinc', pt: 'zinco', fr: 'zinc' },
  { en: 'uranium', es: 'uranio', pt: 'urânio', fr: 'uranium' },
  { en: 'rare earths', es: 'tierras raras', pt: 'terras raras', fr: 'terres rares' },
  { en: 'liquefied natural gas', es: 'gas natural licuado', pt: 'gás natural liquefeito', fr: 'gaz naturel liquéfié' },
  { en: 'fertilisers', es: 'fertilizantes', pt: 'fertilizantes', fr: 'engrais' },
  { en: 'palm oil', es: 'aceite de palma', pt: 'óleo de palma', fr: 'huile de palme' },
  { en: 'cotton', es: 'algodón', pt: 'algodão', fr: 'coton' },
  { en: 'rice', es: 'arroz', pt: 'arroz', fr: 'riz' },
  { en: 'beef', es: 'carne vacuna', pt: 'carne bovina', fr: 'viande bovine' },
  { en: 'timber', es: 'madera', pt: 'madeira', fr: 'bois' },
  { en: 'semiconductors', es: 'semiconductores', pt: 'semicondutores', fr: 'semi-conducteurs' },
  { en: 'diesel', es: 'diésel', pt: 'diesel', fr: 'gazole' },
  { en: 'avocados', es: 'paltas', pt: 'abacates', fr: 'avocats' },
];

export const lawsAndEvents: (Names & { type: 'legal_instrument' | 'event'; wikidataId: string | null })[] = [
  { type: 'legal_instrument', wikidataId: 'Q211147', en: 'the United Nations Convention on the Law of the Sea', es: 'la Convención de las Naciones Unidas sobre el Derecho del Mar', pt: 'a Convenção das Nações Unidas sobre o Direito do Mar', fr: 'la convention des Nations unies sur le droit de la mer' },
  { type: 'legal_instrument', wikidataId: 'Q21707860', en: 'the Paris Agreement', es: 'el Acuerdo de París', pt: 'o Acordo de Paris', fr: 'l’accord de Paris' },
  { type: 'legal_instrument', wikidataId: null, en: 'the national security law', es: 'la ley de seguridad nacional', pt: 'a lei de segurança nacional', fr: 'la loi sur la sécurité nationale' },
  { type: 'legal_instrument', wikidataId: null, en: 'the mining code', es: 'el código de minería', pt: 'o código de mineração', fr: 'le code minier' },
  { type: 'legal_instrument', wikidataId: null, en: 'the foreign investment law', es: 'la ley de inversión extranjera', pt: 'a lei de investimento estrangeiro', fr: 'la loi sur les investissements étrangers' },
  { type: 'legal_instrument', wikidataId: null, en: 'the constitution', es: 'la constitución', pt: 'a constituição', fr: 'la constitution' },
  { type: 'legal_instrument', wikidataId: null, en: 'the ports act', es: 'la ley de puertos', pt: 'a lei dos portos', fr: 'la loi portuaire' },
  { type: 'legal_instrument', wikidataId: null, en: 'the hydrocarbons law', es: 'la ley de hidrocarburos', pt: 'a lei dos hidrocarbonetos', fr: 'la loi sur les hydrocarbures' },
  { type: 'legal_instrument', wikidataId: null, en: 'the free trade agreement', es: 'el tratado de libre comercio', pt: 'o acordo de livre comércio', fr: 'l’accord de libre-échange' },
  { type: 'legal_instrument', wikidataId: null, en: 'the status of forces agreement', es: 'el acuerdo sobre el estatuto de las fuerzas', pt: 'o acordo sobre o estatuto das forças', fr: 'l’accord sur le statut des forces' },
  { type: 'event', wikidataId: null, en: 'the Summit of the Americas', es: 'la Cumbre de las Américas', pt: 'a Cúpula das Américas', fr: 'le sommet des Amériques' },
  { type: 'event', wikidataId: null, en: 'the G20 summit', es: 'la cumbre del G20', pt: 'a cúpula do G20', fr: 'le sommet du G20' },
  { type: 'event', wikidataId: null, en: 'the APEC summit', es: 'la cumbre de APEC', pt: 'a cúpula da APEC', fr: 'le sommet de l’APEC' },
  { type: 'event', wikidataId: null, en: 'the climate conference', es: 'la conferencia sobre el clima', pt: 'a conferência do clima', fr: 'la conférence sur le climat' },
  { type: 'event', wikidataId: null, en: 'the general strike', es: 'el paro nacional', pt: 'a greve geral', fr: 'la grève générale' },
  { type: 'event', wikidataId: null, en: 'the presidential election', es: 'la elección presidencial', pt: 'a eleição presidencial', fr: 'l’élection présidentielle' },
];

/** Countries with many outlets writing in each language (ISO 3166-1 alpha-2). */
export const outletCountries: Record<Language, string[]> = {
  en: ['US', 'GB', 'CA', 'AU', 'IN', 'ZA', 'NG', 'IE', 'NZ', 'PH', 'KE', 'SG'],
  es: ['ES', 'MX', 'AR', 'PE', 'CO', 'CL', 'VE', 'CU', 'EC', 'BO', 'UY', 'PY'],
  pt: ['BR', 'PT', 'AO', 'MZ'],
  fr: ['FR', 'BE', 'CH', 'CA', 'SN', 'CI', 'MA'],
};

/** Outlet names: `{city}` is a town of the outlet's country. */
export const outletNamePatterns: Record<Language, string[]> = {
  en: ['The {city} Herald', 'The {city} Ledger', '{city} Post', 'The {city} Times', '{city} Tribune', 'The {city} Observer', '{city} Monitor', 'The {city} Chronicle', '{city} Wire', 'The {city} Gazette', '{city} Dispatch', '{city} Review'],
  es: ['Diario de {city}', 'El Heraldo de {city}', 'El Correo de {city}', 'El Observador de {city}', 'Crónica de {city}', 'La Tribuna de {city}', 'Semanario de {city}', 'El Mercurio de {city}'],
  pt: ['Jornal de {city}', 'Correio de {city}', 'Diário de {city}', 'Folha de {city}', 'Gazeta de {city}', 'Tribuna de {city}'],
  fr: ['Le Journal de {city}', 'Le Courrier de {city}', 'L’Écho de {city}', 'La Tribune de {city}', 'La Gazette de {city}', 'L’Observateur de {city}'],
};

/** The countries that dominate international news coverage, most covered first; the rest follow in seeded order. */
export const prominentCountries = [
  'US', 'CN', 'RU', 'UA', 'GB', 'FR', 'DE', 'BR', 'IN', 'PE', 'VE', 'MX', 'IL', 'IR', 'AR', 'CO', 'JP', 'TR', 'SA', 'CL',
  'ES', 'BO', 'EC', 'CU', 'KR', 'KP', 'PK', 'EG', 'ZA', 'NG', 'CA', 'AU', 'IT', 'PL', 'PT', 'PA', 'NI', 'HN', 'GT', 'SY',
];
